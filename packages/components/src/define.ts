// Registers every Inné element, each only if its tag is free (two copies of the bundle on one
// page never throw). This is the module with side effects: `import '@club-inne/components/define'`.
import { defineElement } from './shared/define-element.js';
import { InneProjectCard } from './project-card/inne-project-card.js';
import { InneProjects } from './projects/inne-projects.js';

defineElement('inne-projects', InneProjects);
defineElement('inne-project-card', InneProjectCard);
