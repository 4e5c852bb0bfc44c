import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2';
import { V3_STORES } from './v3';
import { V4_STORES } from './v4';
import { V5_STORES } from './v5';
import { V6_STORES } from './v6';
import { V7_STORES } from './v7';
import { upgradeToV8, V8_STORES } from './v8';

/** One schema version: its stores, and the upgrade that brings the previous version's records up to it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the library has had, oldest first. A new version appends one entry with its own upgrade
 * function and a fixture export of the version before it (tests/fixtures/db/v<N>.json); entries never change.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES },
  { version: 5, stores: V5_STORES },
  { version: 6, stores: V6_STORES },
  { version: 7, stores: V7_STORES },
  { version: 8, stores: V8_STORES, upgrade: upgradeToV8 },
];

/** The version this build opens the library at. */
export const CURRENT_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
