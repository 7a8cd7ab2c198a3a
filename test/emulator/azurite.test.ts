import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BlobServiceClient } from '@azure/storage-blob';
import { startAzurite } from './azurite.ts';

test('startAzurite serves blobs on a loopback port and stop() shuts the port', async () => {
  const azurite = await startAzurite();
  const stopped = { done: false };
  try {
    assert.match(azurite.blobUrl, /^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
    const container = BlobServiceClient.fromConnectionString(
      azurite.connectionString,
    ).getContainerClient('probe');
    await container.create();
    await container.getBlockBlobClient('hello.txt').uploadData(Buffer.from('hello'));
    assert.equal(
      (await container.getBlockBlobClient('hello.txt').downloadToBuffer()).toString(),
      'hello',
    );
    await azurite.stop();
    await azurite.stop();
    stopped.done = true;
    await assert.rejects(fetch(azurite.blobUrl), /fetch failed/);
  } finally {
    if (!stopped.done) await azurite.stop();
  }
});
