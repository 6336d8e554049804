// The "Inné kit" block in the editor, without a build step: WordPress' own globals only.
// The server renders the block (render callback), so the preview is the real output.
/* global wp */
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const components = window.inneKitComponents || {};

  function control(name, spec, value, set) {
    if (spec.type === 'bool') {
      return h(ToggleControl, { key: name, label: name, checked: value === true, onChange: set });
    }
    if (spec.type === 'enum') {
      const options = [{ label: '—', value: '' }].concat(
        spec.values.map((v) => ({ label: v, value: v })),
      );
      return h(SelectControl, {
        key: name,
        label: name,
        value: value || '',
        options,
        onChange: set,
      });
    }
    const type = { int: 'number', url: 'url', date: 'date' }[spec.type] || 'text';
    const extra = spec.type === 'int' ? { min: spec.min, max: spec.max } : {};
    if (spec.type === 'enums') extra.help = spec.values.join(' ');
    if (spec.type === 'ids' || spec.type === 'names') extra.help = 'a, b, c';
    return h(TextControl, {
      key: name,
      label: name,
      type,
      value: value || '',
      onChange: set,
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
