import { feedHandlers } from './feed.ts';

export const handlers = [...feedHandlers];
