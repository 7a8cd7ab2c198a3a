/**
 * Artifact bytes live in one Azurite container per emulator. The emulator never proxies
 * them: like the real artifact service it hands out SAS URLs and the client talks to blob
 * storage directly, so `@azure/storage-blob`'s upload path is exercised for real.
 */
import {
  BlobSASPermissions,
  ContainerClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import type { Azurite } from './azurite.ts';

// Long enough for any test, short enough that a leaked URL is obviously a test URL.
const SAS_LIFETIME_MS = 60 * 60 * 1000;

/** SAS-signed access to one Azurite container. */
export interface ArtifactBlobStore {
  containerName: string;
  /** A URL `BlockBlobClient.uploadStream` can write to (create + write). */
  uploadUrl(blobName: string): string;
  /** A read URL; `fileName` becomes the response's Content-Disposition, as GitHub's does. */
  downloadUrl(blobName: string, fileName: string): string;
  put(blobName: string, content: Uint8Array, contentType: string): Promise<void>;
  get(blobName: string): Promise<Buffer>;
  /** The blob's size in bytes, or undefined when nothing was uploaded under that name. */
  sizeOf(blobName: string): Promise<number | undefined>;
}

export async function createArtifactBlobStore(
  azurite: Azurite,
  containerName: string,
): Promise<ArtifactBlobStore> {
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const container = new ContainerClient(`${azurite.blobUrl}/${containerName}`, credential);
  await container.create();

  const signedUrl = (
    blobName: string,
    permissions: string,
    contentDisposition?: string,
  ): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + SAS_LIFETIME_MS),
        // Azurite speaks plain HTTP; a default (HTTPS-only) SAS would be refused.
        protocol: SASProtocol.HttpsAndHttp,
        contentDisposition,
      },
      credential,
    );
    return `${container.getBlockBlobClient(blobName).url}?${sas.toString()}`;
  };

  return {
    containerName,
    uploadUrl: (blobName) => signedUrl(blobName, 'cw'),
    downloadUrl: (blobName, fileName) =>
      signedUrl(
        blobName,
        'r',
        `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      ),
    async put(blobName, content, contentType) {
      await container
        .getBlockBlobClient(blobName)
        .uploadData(content, { blobHTTPHeaders: { blobContentType: contentType } });
    },
    async get(blobName) {
      return container.getBlockBlobClient(blobName).downloadToBuffer();
    },
    async sizeOf(blobName) {
      const blob = container.getBlockBlobClient(blobName);
      if (!(await blob.exists())) return undefined;
      return (await blob.getProperties()).contentLength;
    },
  };
}
