import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { GroupSession } from './group-session';
import { Participant } from './participant';

/** Whether a participant attended a group session; one row per session and participant. */
export const Attendance = defineEntity({
  name: 'Attendance',
  tableName: 'attendance',
  properties: (p) => ({
    id: p.uuid().primary(),
    session: p.manyToOne(GroupSession).mapToPk(),
    participant: p.manyToOne(Participant).mapToPk().index(),
    status: p.string().length(10),
    recordedBy: p.string().length(100),
  }),
  uniques: [{ properties: ['session', 'participant'] }],
});
export type IAttendance = InferEntity<typeof Attendance>;
