import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { EncryptionCodec } from './payload-codec';

describe.shuffle('Temporal payload encryption', () => {
  const keys = new Map([['k1', randomBytes(32)]]);
  const codec = new EncryptionCodec({ activeKeyId: 'k1', keys });

  it('hides the content and restores it exactly', async () => {
    const payload = defaultPayloadConverter.toPayload({ nationalNumber: '85073003328' });
    const [encoded] = await codec.encode([payload]);
    expect(Buffer.from(encoded!.data!).toString('latin1')).not.toContain('85073003328');
    expect(Buffer.from(encoded!.metadata!.encoding!).toString()).toBe('binary/encrypted');
    const [decoded] = await codec.decode([encoded!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual({ nationalNumber: '85073003328' });
  });

  it('refuses a payload encrypted with a key it does not hold', async () => {
    const [encoded] = await new EncryptionCodec({ activeKeyId: 'k9', keys: new Map([['k9', randomBytes(32)]]) }).encode([
      defaultPayloadConverter.toPayload('x'),
    ]);
    await expect(codec.decode([encoded!])).rejects.toThrow('unknown key');
  });
});
