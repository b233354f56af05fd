package org.culturetargets.portal.imports.read;

import java.util.List;

@FunctionalInterface
public interface RowSink {

	void row(int number, List<String> cells);

}
