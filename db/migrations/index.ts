import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127093516_placements_and_timesheets } from './Migration20261127093516_placements-and-timesheets';
import { Migration20261127090828_initial } from './Migration20261127090828_initial';
import { Migration20261127093314_trajectory } from './Migration20261127093314_trajectory';
import { Migration20261203082111_outbox_delivery } from './Migration20261203082111_outbox-delivery';
import { Migration20261203082611_invoicing } from './Migration20261203082611_invoicing';
import { Migration20261203082739_dmfa_declarations } from './Migration20261203082739_dmfa-declarations';
import { Migration20261203084135_payroll_runs } from './Migration20261203084135_payroll-runs';
import { Migration20261204010433_alert_lifecycle } from './Migration20261204010433_alert-lifecycle';
import { Migration20261204040731_accounts } from './Migration20261204040731_accounts';
import { Migration20261204045316_message_languages } from './Migration20261204045316_message-languages';
import { Migration20261204045832_idempotent_requests } from './Migration20261204045832_idempotent-requests';
import { Migration20261204063926_pending_process_starts } from './Migration20261204063926_pending-process-starts';
import { Migration20261204065338_worker_alternative_payment } from './Migration20261204065338_worker-alternative-payment';
import { Migration20261204073000_key_rotation } from './Migration20261204073000_key-rotation';
import { Migration20261204084500_stored_document_versions } from './Migration20261204084500_stored-document-versions';
import { Migration20261204094637_idempotent_claim_leases } from './Migration20261204094637_idempotent_claim_leases';
import { Migration20261204100540_workflow_signals } from './Migration20261204100540_workflow_signals';

/** Every migration, in order. Add new ones at the end. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127090828_initial', class: Migration20261127090828_initial },
  { name: 'Migration20261127093314_trajectory', class: Migration20261127093314_trajectory },
  { name: 'Migration20261127093516_placements-and-timesheets', class: Migration20261127093516_placements_and_timesheets },
  { name: 'Migration20261203082111_outbox-delivery', class: Migration20261203082111_outbox_delivery },
  { name: 'Migration20261203082611_invoicing', class: Migration20261203082611_invoicing },
  { name: 'Migration20261203082739_dmfa-declarations', class: Migration20261203082739_dmfa_declarations },
  { name: 'Migration20261203084135_payroll-runs', class: Migration20261203084135_payroll_runs },
  { name: 'Migration20261204010433_alert-lifecycle', class: Migration20261204010433_alert_lifecycle },
  { name: 'Migration20261204040731_accounts', class: Migration20261204040731_accounts },
  { name: 'Migration20261204045316_message-languages', class: Migration20261204045316_message_languages },
  { name: 'Migration20261204045832_idempotent-requests', class: Migration20261204045832_idempotent_requests },
  { name: 'Migration20261204063926_pending-process-starts', class: Migration20261204063926_pending_process_starts },
  { name: 'Migration20261204065338_worker-alternative-payment', class: Migration20261204065338_worker_alternative_payment },
  { name: 'Migration20261204073000_key-rotation', class: Migration20261204073000_key_rotation },
  { name: 'Migration20261204084500_stored-document-versions', class: Migration20261204084500_stored_document_versions },
  { name: 'Migration20261204094637_idempotent_claim_leases', class: Migration20261204094637_idempotent_claim_leases },
  { name: 'Migration20261204100540_workflow_signals', class: Migration20261204100540_workflow_signals },
];
