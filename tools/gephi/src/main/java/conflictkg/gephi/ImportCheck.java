package conflictkg.gephi;

import java.io.File;
import java.time.LocalDate;
import java.util.Iterator;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens GEXF files the way Gephi does (the Gephi toolkit's importer and default processor, headless)
 * and prints, per file, one line per importer issue and then one summary line:
 *
 * <pre>issue LEVEL message
 * file PATH nodes N edges N timed_nodes N timed_edges N bounds FIRST/LAST issues N node_columns a,b edge_columns a,b</pre>
 *
 * (timed: elements that Gephi's timeline shows as present in an interval; bounds: the graph's first
 * and last day, or none.)
 *
 * Exit code 1 when any file has an issue at WARNING or above, or cannot be read; the Python
 * tests parse the lines to compare counts with what was exported.
 */
public final class ImportCheck {
    private ImportCheck() {
    }

    public static void main(String[] args) throws Exception {
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        GraphController graphs = Lookup.getDefault().lookup(GraphController.class);
        boolean bad = false;
        for (String path : args) {
            pc.newProject();
            Workspace workspace = pc.getCurrentWorkspace();
            Container container = importer.importFile(new File(path));
            if (container == null) {
                System.out.println("issue CRITICAL the importer could not read " + path);
                bad = true;
                continue;
            }
            int issues = 0;
            Iterator<Issue> it = container.getReport().getIssues(10000);
            while (it.hasNext()) {
                Issue issue = it.next();
                issues++;
                String message = issue.getMessage() == null ? "" : issue.getMessage().replace('\n', ' ');
                System.out.println("issue " + issue.getLevel() + " " + message);
                if (issue.getLevel().toInteger() >= Issue.Level.WARNING.toInteger()) {
                    bad = true;
                }
            }
            importer.process(container, new DefaultProcessor(), workspace);
            GraphModel model = graphs.getGraphModel(workspace);
            Graph graph = model.getGraph();
            StringBuilder nodeColumns = new StringBuilder();
            for (Column c : model.getNodeTable()) {
                nodeColumns.append(nodeColumns.length() == 0 ? "" : ",").append(c.getId());
            }
            StringBuilder edgeColumns = new StringBuilder();
            for (Column c : model.getEdgeTable()) {
                edgeColumns.append(edgeColumns.length() == 0 ? "" : ",").append(c.getId());
            }
            int timedNodes = 0;
            int labelled = 0;
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (Node n : graph.getNodes()) {
                timedNodes += n.getIntervals().length > 0 ? 1 : 0;
                // a label Gephi shows other than the id: a file without a key it knows as the
                // label leaves "actor:jnim" on screen
                labelled += n.getLabel() != null && !n.getLabel().isEmpty() && !n.getLabel().equals(n.getId()) ? 1 : 0;
                colours.add(n.getColor().getRGB());
            }
            int labelledEdges = 0;
            int weighted = 0;
            for (Edge e : graph.getEdges()) {
                labelledEdges += e.getLabel() != null && !e.getLabel().isEmpty() ? 1 : 0;
                weighted += e.getWeight() != 1.0 ? 1 : 0;
            }
            int timedEdges = 0;
            for (Edge e : graph.getEdges()) {
                timedEdges += e.getIntervals().length > 0 ? 1 : 0;
            }
            Interval b = model.getTimeBounds();
            String bounds = b == null || Double.isInfinite(b.getLow()) ? "none"
                    : LocalDate.ofEpochDay((long) Math.floor(b.getLow() / 86400000.0)) + "/"
                    + LocalDate.ofEpochDay((long) Math.floor(b.getHigh() / 86400000.0));
            System.out.println("file " + path + " nodes " + graph.getNodeCount() + " edges " + graph.getEdgeCount()
                    + " timed_nodes " + timedNodes + " timed_edges " + timedEdges + " bounds " + bounds
                    + " issues " + issues + " labelled " + labelled + " colours " + colours.size()
                    + " labelled_edges " + labelledEdges + " weighted_edges " + weighted
                    + " node_columns " + nodeColumns + " edge_columns " + edgeColumns);
            pc.closeCurrentProject();
        }
        System.out.flush();
        System.exit(bad ? 1 : 0);
    }
}
