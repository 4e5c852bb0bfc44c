/** Vitest setup file of the e2e suite: every browser launch in the test file is audited (see net-audit.ts). */
import { installLaunchAudit } from './net-audit';

installLaunchAudit();
