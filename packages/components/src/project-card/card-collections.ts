import { actorsReader, assessmentsReader, projectsReader } from '@club-inne/core';

/** What a project card reads of a feed: the projects, their actors, their assessments (stage). */
export const cardCollections = [projectsReader, actorsReader, assessmentsReader];
