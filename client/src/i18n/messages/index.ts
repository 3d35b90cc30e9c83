/** Every feature's catalogue. Add a feature's file here. */
import type { Catalogue } from './catalogue';
import { app } from './app';
import { board } from './board';
import { activity } from './activity';
import { meetings } from './meetings';

export const catalogues: Catalogue[] = [app, board, activity, meetings];
