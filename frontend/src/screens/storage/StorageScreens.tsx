import { LocationPage } from './LocationPage';
import type { StorageRoute } from './routes';
import { StorageHome } from './StorageHome';
import { StoredSamplePage } from './StoredSamplePage';

/** The storage screen a route names; a page keyed by its id starts clean for the next one. */
export function StorageScreens({ route }: { route: StorageRoute }) {
    switch (route.screen) {
        case 'storage':
            return <StorageHome />;
        case 'storage-location':
            return <LocationPage key={route.id} id={route.id} />;
        case 'storage-sample':
            return <StoredSamplePage key={route.id} id={route.id} />;
    }
}
