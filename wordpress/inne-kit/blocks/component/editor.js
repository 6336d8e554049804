// The "Inné kit" block in the editor, without a build step: WordPress' own globals only.
// The server renders the block (render callback), so the preview is the real output.
/* global wp */
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const components = window.inneKitComponents || {};

  // A typed value is stored as HTML text, each `&` as `&amp;`, and shown read back once: kses
  // stores an Editor's `R&D` as `R&amp;D` anyway, and the plugin reads every value once, as
  // HTML, as it reads a shortcode's. So text that reads like a reference (`R&amp;D`) reaches
  // the page as typed, and the field shows `R&D` again, not the stored `R&amp;D`.
  const asHtml = (text) => String(text).replace(/&/g, '&amp;');
  // Each reference alone through the browser's parser, the rest left as it is (a `<` too): no
  // table of our own, and no markup is ever parsed.
  const parser = new DOMParser();
  const asText = (html) =>
    String(html).replace(
      /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi,
      (ref) => parser.parseFromString(ref, 'text/html').body.textContent,
    );

  // Each attribute with its label and, for a list, its choices in words (from the server, in
  // the editor's language); the value stored is the attribute's own, as in a shortcode.
  function control(name, spec, value, set) {
    const label = spec.label || name;
    const word = (v) => (spec.choices && spec.choices[v]) || v;
    if (spec.type === 'bool') {
      return h(ToggleControl, { key: name, label, checked: value === true, onChange: set });
    }
    if (spec.type === 'enum') {
      const options = [{ label: '—', value: '' }].concat(
        spec.values.map((v) => ({ label: word(v), value: v })),
      );
      return h(SelectControl, { key: name, label, value: value || '', options, onChange: set });
    }
    if (spec.type === 'enums') {
      // Several values, space-separated in the attribute: one checkbox each.
      const chosen = String(value || '')
        .split(/[\s,]+/)
        .filter(Boolean);
      const toggle = (v) => (on) =>
        set(spec.values.filter((x) => (x === v ? on : chosen.includes(x))).join(' '));
      return h(
        'fieldset',
        { key: name, className: 'inne-kit-choices' },
        h('legend', null, label),
        spec.values.map((v) =>
          h(CheckboxControl, {
            key: v,
            label: word(v),
            checked: chosen.includes(v),
            onChange: toggle(v),
          }),
        ),
      );
    }
    const type = { int: 'number', url: 'url', date: 'date' }[spec.type] || 'text';
    const extra = spec.type === 'int' ? { min: spec.min, max: spec.max } : {};
    return h(TextControl, {
      key: name,
      label,
      type,
      value: asText(value || ''),
      onChange: (typed) => set(asHtml(typed)),
      ...extra,
    });
  }

  registerBlockType('inne-kit/component', {
    edit({ attributes, setAttributes }) {
      const blockProps = useBlockProps();
      const component = components[attributes.component] ? attributes.component : 'projects';
      const specs = (components[component] || { attributes: {} }).attributes;
      const attrs = attributes.attrs || {};
      const setAttr = (name) => (value) => {
        const next = { ...attrs };
        if (value === '' || value === false || value === undefined) delete next[name];
        else next[name] = value;
        setAttributes({ attrs: next });
      };
      const choose = (value) => {
        const allowed = (components[value] || { attributes: {} }).attributes;
        const kept = Object.fromEntries(Object.entries(attrs).filter(([k]) => k in allowed));
        setAttributes({ component: value, attrs: kept });
      };
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Component', 'inne-kit') },
            h(SelectControl, {
              label: __('Show', 'inne-kit'),
              value: component,
              options: Object.entries(components).map(([value, c]) => ({ value, label: c.label })),
              onChange: choose,
            }),
          ),
          h(
            PanelBody,
            { title: __('Attributes', 'inne-kit') },
            Object.entries(specs).map(([name, spec]) =>
              control(name, spec, attrs[name], setAttr(name)),
            ),
          ),
        ),
        h(
          'div',
          blockProps,
          h(ServerSideRender, {
            block: 'inne-kit/component',
            attributes: { component, attrs },
          }),
        ),
      );
    },
    save() {
      return null;
    },
  });
})();
