// Registers <inne-events> (and nothing else): the one-file CDN entry `inne-events.js` and the
// npm entry `@club-inne/components/inne-events`. The class is re-exported for typing.
import { defineElement } from '../shared/define-element.js';
import { InneEvents } from './inne-events.js';

export { InneEvents };
defineElement('inne-events', InneEvents);
