import { Kit } from './Kit';
import { Kits } from './Kits';
import { Libraries } from './Libraries';
import { LibraryDetail } from './LibraryDetail';
import { NewLibrary } from './NewLibrary';
import { NewPlate } from './NewPlate';
import { Normalisation } from './Normalisation';
import { Plate } from './Plate';
import { Protocols } from './Protocols';
import type { LibraryRoute } from './routes';

/** The library-prep screen a route names. */
export function LibraryScreens({ route }: { route: LibraryRoute }) {
    switch (route.screen) {
        case 'library-list':
            return <Libraries />;
        case 'library':
            return <LibraryDetail id={route.id} />;
        case 'library-new':
            return <NewLibrary sampleId={route.sampleId} />;
        case 'library-kits':
            return <Kits />;
        case 'library-kit':
            return <Kit id={route.id} />;
        case 'library-protocols':
            return <Protocols />;
        case 'library-plate':
            return <Plate id={route.id} />;
        case 'library-plate-new':
            return <NewPlate />;
        case 'library-normalisation':
            return <Normalisation />;
    }
}
