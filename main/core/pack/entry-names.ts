/**
 * The rules an archive entry's name must follow before anything is written for it: relative,
 * forward slashes only, no `..`, no NUL. An archive that breaks one is refused whole, with a
 * message naming the entry, since a name that climbs out of the destination folder (or a
 * link that points out of it) is how an archive overwrites files it was never meant to reach.
 */
import { GapboardError } from '../project/errors.js';

function refused(archiveName: string, entry: string, why: string): GapboardError {
  return new GapboardError('BAD_ARCHIVE', `${archiveName} was not unpacked: its entry "${entry}" ${why}.`);
}

/** The entry's path segments, or a BAD_ARCHIVE error saying what is wrong with the name. */
export function entrySegments(archiveName: string, entry: string): string[] {
  if (entry === '') throw refused(archiveName, entry, 'has an empty name');
  if (entry.includes('\0')) throw refused(archiveName, entry, 'holds a NUL character');
  if (entry.startsWith('/') || /^[A-Za-z]:/.test(entry)) {
    throw refused(
      archiveName,
      entry,
      'is an absolute path; archive entries must be relative to the folder they unpack into',
    );
  }
  if (entry.includes('\\')) {
    throw refused(archiveName, entry, 'holds a backslash, which Windows reads as a folder separator');
  }
  const segments = entry.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw refused(archiveName, entry, 'climbs out of the folder it unpacks into ("..")');
  }
  if (segments.length === 0) throw refused(archiveName, entry, 'names no file');
  return segments;
}
