import { OnRecordDb } from './database-schema';

/** The one library handle every extension page and the background share. */
export const db = new OnRecordDb();
