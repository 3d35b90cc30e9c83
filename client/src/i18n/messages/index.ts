/** Every feature's catalogue. Add a feature's file here. */
import type { Catalogue } from './catalogue';
import { app } from './app';
import { board } from './board';

export const catalogues: Catalogue[] = [app, board];
