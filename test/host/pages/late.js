// A tag manager's way: the paste-in script is added once the page has loaded.
addEventListener('load', () => document.head.append(Object.assign(document.createElement('script'), { src: '/dist/mn-widgets.js' })));
