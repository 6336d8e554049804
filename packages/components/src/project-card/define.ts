// Registers <inne-project-card> (and nothing else): the one-file CDN entry
// `inne-project-card.js` and the npm entry `@club-inne/components/inne-project-card`.
import { defineElement } from '../shared/define-element.js';
import { InneProjectCard } from './inne-project-card.js';

export { InneProjectCard };
defineElement('inne-project-card', InneProjectCard);
