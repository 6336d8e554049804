// Registers <inne-projects> (and nothing else): the one-file CDN entry `inne-projects.js`.
import { defineElement } from '../shared/define-element.js';
import { InneProjects } from './inne-projects.js';

defineElement('inne-projects', InneProjects);
