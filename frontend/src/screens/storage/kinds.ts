import { LocationKind } from '@tracseq/client';

/** The kinds that have a temperature zone and sensors (ST-4, ST-9). */
export const storageUnits: readonly LocationKind[] = [LocationKind.Freezer, LocationKind.Refrigerator, LocationKind.Incubator, LocationKind.Ln2Tank];

const shelving = [LocationKind.Shelf, LocationKind.Rack];

/** ST-1: what each kind may hold, so forms offer only those (the server refuses the others). */
export const childKinds: Record<LocationKind, readonly LocationKind[]> = {
    facility: [LocationKind.Room],
    room: storageUnits,
    freezer: shelving,
    refrigerator: shelving,
    incubator: shelving,
    ln2_tank: shelving,
    shelf: [LocationKind.Box],
    rack: [LocationKind.Box],
    box: [],
};
