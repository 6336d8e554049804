// Registers <inne-projects> (and nothing else): the one-file CDN entry `inne-projects.js` and
// the npm entry `@club-inne/components/inne-projects`. The class is re-exported for typing.
import { defineElement } from '../shared/define-element.js';
import { InneProjects } from './inne-projects.js';

export { InneProjects };
defineElement('inne-projects', InneProjects);
