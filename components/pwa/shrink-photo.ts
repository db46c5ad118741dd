/** Longest side kept: enough to read a label or see a defect; a phone photo is 4000 px or more. */
const MAX_SIDE = 1600;
const SMALL_ENOUGH = 400 * 1024;

/**
 * A camera photo (3–8 MB) re-encoded as a JPEG of at most 1600 px — typically 200–400 KB, which a
 * 2G/3G link can upload and the 5 MB limit accepts. Anything else, or anything already small, is
 * returned as it is; so is the original if the browser cannot decode it.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size <= SMALL_ENOUGH) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.8));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, "") + ".jpg", { type: "image/jpeg", lastModified: file.lastModified });
  } catch {
    return file;
  }
}
