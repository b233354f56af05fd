package org.culturetargets.portal.imports.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.shared.StagedRows;

import org.springframework.stereotype.Component;

/** The kinds of file the import centre takes, and how an import's staged rows are handed to their owner. */
@Component
class Kinds {

	/** Where the owners log the rows a commit wrote. */
	private static final String CHANGE_LOG = "imports.change";

	private final Map<ImportKind, Kind> kinds = new EnumMap<>(ImportKind.class);

	Kinds(List<Kind> kinds) {
		kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
	}

	List<ImportKind> all() {
		return List.copyOf(kinds.keySet());
	}

	Kind of(ImportKind kind) {
		Kind definition = kinds.get(kind);
		if (definition == null) {
			throw new ImportRefused("imports.refused.kindNotSupported", kind.slug());
		}
		return definition;
	}

	/** The import's staged rows as the owner of their data reads them. */
	StagedRows staged(ImportView record) {
		Kind kind = of(record.kind());
		Set<String> present = kind.columns().stream().filter(column -> record.headers().containsKey(column.code()))
			.map(Column::staged).collect(Collectors.toSet());
		String writer = "import #" + record.id();
		return new StagedRows(kind.stagingTable(), record.id(), writer, writer + " " + record.fileName(), CHANGE_LOG,
				present);
	}

}
