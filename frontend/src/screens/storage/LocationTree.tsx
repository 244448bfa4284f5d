import { LocationKind, type StorageLocation } from '@tracseq/client';
import { createContext, type KeyboardEvent, useContext, useEffect, useId, useState } from 'react';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Capacity } from './Capacity';
import { storageLinks } from './routes';

// Enough for every child of one location; the hierarchy is wide, not deep.
const CHILDREN_PAGE = 500;

type TreeState = {
    /** Storage events seen so far: every open level reloads on a change. */
    changes: number;
    /** The one item reached by Tab (roving focus); arrows move it. */
    active?: string;
    setActive: (id: string) => void;
};

const TreeContext = createContext<TreeState>({ changes: 0, setActive: () => undefined });

/**
 * The storage hierarchy below `parentId` (the facilities without it) as a tree that opens level by
 * level: arrows move up and down, Right opens, Left closes or goes to the parent, Enter opens the
 * location's page (the WAI-ARIA tree pattern).
 */
export function LocationTree({ parentId, label, changes }: { parentId?: string; label: string; changes: number }) {
    const [active, setActive] = useState<string>();
    // The item holding the Tab stop may be gone after a change: the first one takes it again.
    useEffect(() => setActive(undefined), [changes]);
    const roots = useLoad((client) => client.storage.listLocations({ parentId, size: CHILDREN_PAGE }), [parentId, changes]);
    if (roots.error !== undefined) {
        return <Problem error={roots.error} />;
    }
    if (!roots.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    if (roots.data.items.length === 0) {
        return <p>{text.storage.noLocations}</p>;
    }
    return (
        <TreeContext.Provider value={{ changes, active: active ?? roots.data.items[0].id, setActive }}>
            <ul role="tree" aria-label={label} className="tree">
                {roots.data.items.map((location) => (
                    <TreeItem key={location.id} location={location} level={1} />
                ))}
            </ul>
        </TreeContext.Provider>
    );
}

function TreeItem({ location, level }: { location: StorageLocation; level: number }) {
    const { active, setActive, changes } = useContext(TreeContext);
    const [expanded, setExpanded] = useState(false);
    const [empty, setEmpty] = useState(false);
    // Something may have been put inside since: an open level looks again.
    useEffect(() => setEmpty(false), [changes]);
    const leaf = location.kind === LocationKind.Box || empty;
    const groupId = useId();
    const labelId = useId();

    function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
        const item = event.currentTarget;
        const visible = Array.from(item.closest('[role="tree"]')!.querySelectorAll<HTMLElement>('[role="treeitem"]'));
        const at = visible.indexOf(item);
        const moves: Record<string, () => void> = {
            ArrowDown: () => visible[at + 1]?.focus(),
            ArrowUp: () => visible[at - 1]?.focus(),
            Home: () => visible[0].focus(),
            End: () => visible[visible.length - 1].focus(),
            ArrowRight: () => {
                if (leaf) return;
                if (expanded) document.getElementById(groupId)?.querySelector<HTMLElement>('[role="treeitem"]')?.focus();
                else setExpanded(true);
            },
            ArrowLeft: () => {
                if (expanded) setExpanded(false);
                // The parent's item stands just before the group this item is in.
                else (item.closest('[role="group"]')?.previousElementSibling as HTMLElement | null)?.focus();
            },
            Enter: () => {
                window.location.hash = storageLinks.location(location.id);
            },
        };
        const move = moves[event.key];
        if (move) {
            event.preventDefault();
            move();
        }
    }

    const open = expanded && !leaf;
    // The item is its row alone and owns its group; named by its label, not by what is open inside it.
    return (
        <li role="none">
            <div
                role="treeitem"
                className="tree-row"
                aria-level={level}
                aria-expanded={leaf ? undefined : expanded}
                aria-selected={active === location.id}
                aria-owns={open ? groupId : undefined}
                aria-labelledby={labelId}
                tabIndex={active === location.id ? 0 : -1}
                onFocus={() => setActive(location.id)}
                onKeyDown={onKeyDown}
            >
                {leaf ? (
                    <span className="tree-toggle" aria-hidden="true" />
                ) : (
                    // The pointer's way to open a level; the keyboard's is Right and Left.
                    <span className="tree-toggle" aria-hidden="true" onClick={() => setExpanded(!expanded)}>
                        {expanded ? '▾' : '▸'}
                    </span>
                )}
                {/* The spaces keep the words apart in the name read out; the layout's gap spaces them on screen. */}
                <span id={labelId} className="tree-label">
                    <a href={storageLinks.location(location.id)} tabIndex={-1}>
                        {location.name}
                    </a>{' '}
                    <span className="tree-kind">{text.storage.kinds[location.kind]}</span>{' '}
                    {location.zone && <span className="zone">{text.storage.zones[location.zone]}</span>}{' '}
                    <Capacity location={location} />{' '}
                    {empty && <span className="tree-kind">{text.storage.empty}</span>}
                </span>
            </div>
            {open && <TreeGroup id={groupId} parent={location} level={level + 1} onEmpty={() => setEmpty(true)} />}
        </li>
    );
}

function TreeGroup({ id, parent, level, onEmpty }: { id: string; parent: StorageLocation; level: number; onEmpty: () => void }) {
    const { changes } = useContext(TreeContext);
    const children = useLoad(
        async (client) => {
            const page = await client.storage.listLocations({ parentId: parent.id, size: CHILDREN_PAGE });
            if (page.items.length === 0) onEmpty();
            return page;
        },
        [parent.id, changes],
    );
    if (children.error !== undefined) {
        return <Problem error={children.error} />;
    }
    return (
        <ul role="group" id={id} aria-busy={children.loading}>
            {children.data?.items.map((child) => <TreeItem key={child.id} location={child} level={level} />)}
        </ul>
    );
}
