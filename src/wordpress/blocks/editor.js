/* Block editor UI for the MN Widgets blocks: plain JS on WordPress globals, no build step.
 * The blocks render on the server through the same PHP as the shortcodes; here the editor shows a
 * placeholder and the element's attributes (from custom-elements.json) in the sidebar. */
(function (wp, blocks) {
  if (!wp || !wp.blocks || !blocks) return;
  var el = wp.element.createElement;
  var be = wp.blockEditor;
  var c = wp.components;
  blocks.forEach(function (b) {
    wp.blocks.registerBlockType(b.name, {
      edit: function (props) {
        var fields = Object.keys(b.attributes).map(function (name) {
          var a = b.attributes[name];
          var value = props.attributes[name];
          var set = function (v) {
            var next = {};
            next[name] = v;
            props.setAttributes(next);
          };
          return a.type === 'boolean'
            ? el(c.ToggleControl, { key: name, label: name, help: a.description, checked: !!value, onChange: set })
            : el(c.TextControl, { key: name, label: name, help: a.description, value: value || '', onChange: set });
        });
        var set = Object.keys(b.attributes).filter(function (n) {
          return props.attributes[n] !== undefined && props.attributes[n] !== '';
        });
        return el(
          'div',
          be.useBlockProps(),
          el(be.InspectorControls, null, el(c.PanelBody, { title: 'Attributes' }, fields)),
          el(c.Placeholder, {
            icon: 'heart',
            label: '<' + b.tag + '>',
            instructions: set.length
              ? set
                  .map(function (n) {
                    return n + '="' + props.attributes[n] + '"';
                  })
                  .join(' ')
              : 'Shown to visitors with the clinic details from Booking requests → Settings. Attributes are in the block sidebar.',
          }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.mnWidgetsBlocks);
