import { cardEn } from '../messages/en/card.js';
import { projectsEn } from '../messages/en/projects.js';
import { sharedEn } from '../messages/en/shared.js';
import { cardFr } from '../messages/fr/card.js';
import { projectsFr } from '../messages/fr/projects.js';
import type { ProjectsMessages } from '../messages/fr/projects.js';
import { sharedFr } from '../messages/fr/shared.js';
import type { Texts } from '../messages/messages.js';
import type { CardTexts } from '../project-card/card-texts.js';

/** What `<inne-projects>` shows: its list, filters and cards. */
export type ProjectsTexts = CardTexts & { projects: ProjectsMessages };

export const projectsTexts: Texts<ProjectsTexts> = {
  fr: { ...sharedFr, projects: { ...cardFr, ...projectsFr } },
  en: { ...sharedEn, projects: { ...cardEn, ...projectsEn } },
};
