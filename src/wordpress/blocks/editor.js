/* Block editor UI for the MN Widgets blocks: plain JS on WordPress globals, no build step.
 * Each block shows the element itself, live, inside an <mn-clinic> with the site's settings; the
 * sidebar has plain fields (dates, choices, toggles) whose defaults come from the clinic, warns
 * about a value the widget cannot use, and offers only the fields this user may set. Every string
 * goes through wp.i18n (translations: wp_set_script_translations, text domain mn-widgets). */
(function (wp, data) {
  if (!wp || !wp.blocks || !data) return;
  var el = wp.element.createElement;
  var be = wp.blockEditor;
  var c = wp.components;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;

  var isDate = function (v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    var d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return !!d && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  };
  var isLink = function (v) {
    return /^#[A-Za-z][\w:.-]{0,99}$/.test(v) || /^https?:\/\/[^\s/]+/i.test(v);
  };
  var whole = function (min, max) {
    return function (v) {
      return /^\d{1,6}$/.test(v) && +v >= min && +v <= max;
    };
  };

  /* [attribute, kind, label, help, extra]. Kinds: text, date, datetime, link, number, toggle, select, config, services, service. */
  var fields = {
    'mn-contraindication-check': [
      [
        'config',
        'config',
        __('Questions', 'mn-widgets'),
        __('The clinic’s own safety-check configuration, from MN Widgets → Settings. Empty: the standard questions.', 'mn-widgets'),
        'checks',
      ],
      [
        'appointment-date',
        'date',
        __('Appointment date', 'mn-widgets'),
        __('Dates the preparation plan. Empty: the patient may enter it.', 'mn-widgets'),
      ],
      [
        'layout',
        'select',
        __('Layout', 'mn-widgets'),
        '',
        [
          ['', __('One question at a time (best on phones)', 'mn-widgets')],
          ['list', __('All questions on one page', 'mn-widgets')],
        ],
      ],
      [
        'booking-url',
        'link',
        __('Booking page', 'mn-widgets'),
        __(
          'Where “Book” leads after a result that allows booking: #book for a booking form on this page with the anchor “book”, or a web address.',
          'mn-widgets',
        ),
      ],
      [
        'share-findings',
        'toggle',
        __('Tell the page what was found', 'mn-widgets'),
        __(
          'Adds what was found (never the answers) to the event the page’s own scripts receive. Off unless the clinic needs it.',
          'mn-widgets',
        ),
      ],
    ],
    'mn-aftercare-timeline': [
      [
        'treated-at',
        'datetime',
        __('Treatment ended', 'mn-widgets'),
        __('When the treatment ended, in the clinic’s time zone. Empty: the patient enters it.', 'mn-widgets'),
      ],
      [
        'protocol',
        'config',
        __('Aftercare protocol', 'mn-widgets'),
        __('The clinic’s own aftercare protocol, from MN Widgets → Settings. Empty: the standard protocol.', 'mn-widgets'),
        'protocols',
      ],
      [
        'booking-url',
        'link',
        __('Booking page', 'mn-widgets'),
        __('Linked as “Book your next session”: a web address, or #book for a booking form on this page.', 'mn-widgets'),
      ],
    ],
    'mn-booking-form': [
      ['services', 'services', __('Services offered', 'mn-widgets'), __('Empty: every service in MN Widgets → Settings.', 'mn-widgets')],
      ['service', 'service', __('Service chosen at first', 'mn-widgets'), ''],
      [
        'require-check',
        'toggle',
        __('Treatments need the safety check', 'mn-widgets'),
        __(
          'Patients must complete a safety check on this page before they can ask for a treatment; a consultation is always possible.',
          'mn-widgets',
        ),
      ],
      ['spacing-days', 'number', __('Days between sessions', 'mn-widgets'), '', [14, 365]],
      ['horizon-days', 'number', __('How far ahead patients may ask (days)', 'mn-widgets'), '', [1, 365]],
    ],
  };
  var common = [
    [
      'theme',
      'select',
      __('Colours', 'mn-widgets'),
      '',
      [
        ['', __('Light', 'mn-widgets')],
        ['dark', __('Dark', 'mn-widgets')],
        ['auto', __('Follow the visitor’s device', 'mn-widgets')],
      ],
    ],
  ];
  var manager = [
    ['clinic-name', 'text', __('Clinic name for this widget', 'mn-widgets'), __('Empty: the name in the settings.', 'mn-widgets')],
    ['clinic-phone', 'text', __('Clinic phone for this widget', 'mn-widgets'), __('Empty: the phone in the settings.', 'mn-widgets')],
    ['clinic-email', 'text', __('Clinic email for this widget', 'mn-widgets'), __('Empty: the email in the settings.', 'mn-widgets')],
  ];

  /* A warning for a value the widget cannot use, or ''. */
  function problem(f, v) {
    if (v === undefined || v === '' || v === false) return '';
    var kind = f[1];
    if (kind === 'date' && !isDate(v)) return __('Use a date.', 'mn-widgets');
    if (kind === 'datetime' && !(isDate(String(v).slice(0, 10)) && /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/.test(v)))
      return __('Use a date, or a date and time.', 'mn-widgets');
    if (kind === 'link' && !isLink(String(v))) return __('Use a web address starting with https://, or #book for this page.', 'mn-widgets');
    if (kind === 'number' && !whole(f[4][0], f[4][1])(String(v)))
      // translators: 1: the smallest number allowed, 2: the largest.
      return sprintf(__('Use a whole number from %1$d to %2$d.', 'mn-widgets'), f[4][0], f[4][1]);
    if (kind === 'config' && !(data[f[4]] || {})[v])
      return __('There is no such configuration in the settings any more: the standard one applies.', 'mn-widgets');
    if (kind === 'services') {
      var known = data.services.map(function (s) {
        return s.id;
      });
      var unknown = String(v)
        .split(',')
        .filter(function (id) {
          return id && known.indexOf(id) < 0;
        });
      // translators: %s: service ids that the settings no longer have.
      if (unknown.length) return sprintf(__('Not in the settings any more: %s.', 'mn-widgets'), unknown.join(', '));
    }
    // The widgets' own email and phone rules (src/domain/contact.ts, in the paste-in script this script depends on).
    var rules = window.MnWidgets || {};
    if (f[0] === 'clinic-email' && rules.isEmail && !rules.isEmail(String(v).trim())) return __('Use an email address.', 'mn-widgets');
    if (f[0] === 'clinic-phone' && rules.parsePhone && !rules.parsePhone(String(v))) return __('Use a phone number.', 'mn-widgets');
    return '';
  }

  /* The preview's element: its attributes, and configurations as properties. */
  function preview(b, attrs) {
    var props = {};
    Object.keys(b.fields).forEach(function (name) {
      var v = attrs[name];
      if (v === undefined || v === '' || v === false || name === 'config' || name === 'protocol' || name === 'services') return;
      if (problem(findField(b, name) || [name, 'text'], v)) return;
      props[name] = v === true ? '' : String(v);
    });
    var services = data.services;
    if (attrs.services)
      services = data.services.filter(function (s) {
        return String(attrs.services).split(',').indexOf(s.id) >= 0;
      });
    if (b.tag === 'mn-booking-form' && services.length) props.services = JSON.stringify(services);
    if (b.tag === 'mn-booking-form' && !attrs['spacing-days'] && data.spacing) props['spacing-days'] = String(data.spacing);
    var config = attrs.config && data.checks[attrs.config];
    var protocol = attrs.protocol && data.protocols[attrs.protocol];
    props.ref = function (node) {
      if (!node) return;
      if (config) node.config = config;
      if (protocol) node.protocol = protocol;
    };
    props.key = JSON.stringify([attrs.config, attrs.protocol]); // a new element when the configuration changes
    return el('div', { className: 'mnwidgets-preview', inert: '' }, el('mn-clinic', data.clinic, el(b.tag, props)));
  }

  function findField(b, name) {
    return (fields[b.tag] || []).concat(common, manager).filter(function (f) {
      return f[0] === name;
    })[0];
  }

  function control(b, f, props) {
    var name = f[0];
    var kind = f[1];
    var value = props.attributes[name];
    var set = function (v) {
      var next = {};
      next[name] = v;
      props.setAttributes(next);
    };
    var warn = problem(f, value);
    var base = { key: name, label: f[2], help: warn ? el('span', { className: 'mnwidgets-field-warning' }, '⚠ ' + warn) : f[3] };
    switch (kind) {
      case 'toggle':
        return el(c.ToggleControl, Object.assign(base, { checked: !!value, onChange: set }));
      case 'select':
        return el(
          c.SelectControl,
          Object.assign(base, {
            value: value || '',
            onChange: set,
            options: f[4].map(function (o) {
              return { value: o[0], label: o[1] };
            }),
          }),
        );
      case 'config': {
        var list = Object.keys(data[f[4]] || {});
        return el(
          c.SelectControl,
          Object.assign(base, {
            value: value || '',
            onChange: set,
            options: [{ value: '', label: __('Standard', 'mn-widgets') }].concat(
              list.map(function (id) {
                return { value: id, label: id };
              }),
              value && list.indexOf(value) < 0 ? [{ value: value, label: value }] : [],
            ),
          }),
        );
      }
      case 'services': {
        var chosen = String(value || '')
          .split(',')
          .filter(Boolean);
        return el(
          c.BaseControl,
          { key: name, id: 'mnwidgets-services', label: f[2], help: base.help },
          data.services.length
            ? data.services.map(function (s) {
                return el(c.CheckboxControl, {
                  key: s.id,
                  label: s.name,
                  checked: chosen.indexOf(s.id) >= 0,
                  onChange: function (on) {
                    var next = chosen.filter(function (id) {
                      return id !== s.id;
                    });
                    if (on) next.push(s.id);
                    set(next.join(','));
                  },
                });
              })
            : el(
                'p',
                null,
                __(
                  'The form’s standard services: consultation, microneedling, microneedling with PRP. Add the clinic’s own in MN Widgets → Settings.',
                  'mn-widgets',
                ),
              ),
        );
      }
      case 'service':
        return el(
          c.SelectControl,
          Object.assign(base, {
            value: value || '',
            onChange: set,
            options: [{ value: '', label: __('The first in the list', 'mn-widgets') }].concat(
              data.services.map(function (s) {
                return { value: s.id, label: s.name };
              }),
            ),
          }),
        );
      case 'number': {
        var dflt = name === 'spacing-days' ? data.spacing || '28' : '90';
        return el(
          c.TextControl,
          Object.assign(base, {
            type: 'number',
            min: f[4][0],
            max: f[4][1],
            value: value || '',
            placeholder: dflt,
            // translators: %s: the default number of days.
            help: warn ? base.help : sprintf(__('Empty: %s, from the clinic’s settings.', 'mn-widgets'), dflt),
            onChange: set,
          }),
        );
      }
      case 'date':
        return el(c.TextControl, Object.assign(base, { type: 'date', value: value || '', onChange: set }));
      case 'datetime':
        return el(c.TextControl, Object.assign(base, { type: 'datetime-local', value: value || '', onChange: set }));
      default:
        return el(c.TextControl, Object.assign(base, { value: value || '', onChange: set }));
    }
  }

  data.blocks.forEach(function (b) {
    wp.blocks.registerBlockType(b.name, {
      edit: function (props) {
        var mine = (fields[b.tag] || []).concat(common).filter(function (f) {
          return b.fields[f[0]] && b.fields[f[0]].allowed;
        });
        var theirs = manager.filter(function (f) {
          return b.fields[f[0]] && b.fields[f[0]].allowed;
        });
        var warnings = mine
          .concat(theirs)
          .map(function (f) {
            var w = problem(f, props.attributes[f[0]]);
            return w && f[2] + ': ' + w;
          })
          .filter(Boolean);
        var panels = [
          el(
            c.PanelBody,
            { key: 'main', title: __('Settings', 'mn-widgets') },
            mine.map(function (f) {
              return control(b, f, props);
            }),
          ),
        ];
        if (theirs.length)
          panels.push(
            el(
              c.PanelBody,
              { key: 'clinic', title: __('Clinic details for this widget', 'mn-widgets'), initialOpen: false },
              theirs.map(function (f) {
                return control(b, f, props);
              }),
            ),
          );
        if (data.settings)
          panels.push(
            el(
              c.PanelBody,
              { key: 'more', title: __('Clinic settings', 'mn-widgets'), initialOpen: false },
              el(c.ExternalLink, { href: data.settings }, __('Name, phone, hours, services and more: MN Widgets → Settings', 'mn-widgets')),
            ),
          );
        return el(
          'div',
          be.useBlockProps(),
          el(be.InspectorControls, null, panels),
          warnings.length
            ? el(
                c.Notice,
                { status: 'warning', isDismissible: false, className: 'mnwidgets-warning' },
                warnings.map(function (w) {
                  return el('p', { key: w }, w);
                }),
              )
            : null,
          preview(b, props.attributes),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.mnWidgetsEditor);
