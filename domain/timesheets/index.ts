export * from './timesheet-entry';
export * from './working-time';
export * from './correction';
