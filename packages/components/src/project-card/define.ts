// Registers <inne-project-card> (and nothing else): the one-file CDN entry `inne-project-card.js`.
import { defineElement } from '../shared/define-element.js';
import { InneProjectCard } from './inne-project-card.js';

defineElement('inne-project-card', InneProjectCard);
