package io.papyri.local.summarize;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Papers written in code for the summarizer tests, with known key sentences. */
final class SamplePapers {

    /** The sentence that states the contribution of {@link #irrigationStudy}. */
    static final String KEY_SENTENCE = "In this paper, we propose DripNet, a sensor network that schedules drip"
            + " irrigation from soil moisture readings and cuts water use by 31 percent on tomato farms.";

    private SamplePapers() {
    }

    static Paper paper(String id, String title, String abstractText, List<Section> sections) {
        return new Paper(PaperId.parse("test:" + id), title, List.of("A. Author"), abstractText, sections, List.of(),
                List.of(), Map.of());
    }

    static Section section(String heading, int page, String... paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (String text : paragraphs) {
            list.add(new Paragraph(text, page));
        }
        return new Section(heading, 1, page, list);
    }

    static Section subsection(String heading, int page, String... paragraphs) {
        Section s = section(heading, page, paragraphs);
        return new Section(heading, 2, page, s.paragraphs());
    }

    /**
     * A six-page paper on irrigation without an abstract: background first, the contribution at the
     * end of the introduction, method, results, conclusion, acknowledgments and references.
     */
    static Paper irrigationStudy() {
        return paper("irrigation", "DripNet: Sensor-Driven Drip Irrigation Scheduling", "", List.of(
                section("1 Introduction", 1,
                        "Agriculture uses about seventy percent of the fresh water withdrawn worldwide. Farmers in dry"
                                + " regions often water their fields on a fixed timetable. Such timetables ignore the"
                                + " weather and the actual needs of the plants. Water is therefore wasted on days when the"
                                + " soil is still wet.",
                        "Earlier systems measured the weather and estimated evaporation from it [3]. They were costly to"
                                + " install and needed calibration for every field [4, 5]. " + KEY_SENTENCE
                                + " The network needs no calibration and costs less than a weather station."),
                section("2 Related Work", 1,
                        "Smith et al. (2015) built a weather-based irrigation controller for orchards. Jones and Lee"
                                + " (2018) studied evaporation models for vineyards in Spain. Both approaches depend on"
                                + " expensive meteorological instruments."),
                section("3 Method", 2,
                        "Each DripNet node reads soil moisture at two depths every ten minutes. The nodes send their"
                                + " readings over a low-power radio to a gateway at the edge of the field. The gateway"
                                + " opens a valve when the moisture at the root depth falls below a threshold.",
                        "The threshold is learned for each field from the first two weeks of readings. A simple rule"
                                + " keeps the valve closed during forecast rain. Figure 2 shows the layout of the nodes."),
                subsection("3.1 Hardware", 2,
                        "Every node has a capacitive moisture probe, a microcontroller and a solar cell. The parts of"
                                + " one node cost twelve dollars."),
                section("4 Results", 4,
                        "We deployed DripNet on three tomato farms for one growing season. Water use fell by 31 percent"
                                + " compared with the fixed timetable of the previous year. The tomato yield did not"
                                + " change in a measurable way. Table 1 lists the water use of each farm by month.",
                        "The nodes ran for the whole season on solar power. Two nodes failed after a tractor drove over"
                                + " them."),
                section("5 Conclusion", 5,
                        "We have shown that cheap soil moisture sensors can schedule drip irrigation without"
                                + " calibration. DripNet saved almost a third of the water on tomato farms without"
                                + " lowering the yield. Future work will test the network on other crops."),
                section("Acknowledgments", 6,
                        "We thank the three farming families who let us install our sensors on their land for a whole"
                                + " season."),
                section("References", 6,
                        "[1] A. Smith, B. Brown. Weather-based irrigation control for orchards. Irrigation Science,"
                                + " 2015. [2] C. Jones, D. Lee. Evaporation models for vineyards. Agricultural Water"
                                + " Management, 2018.")));
    }

    /** A long paper: five sections of four paragraphs of four varied sentences each. */
    static Paper longStudy() {
        String[] subjects = {"Glacier fronts", "River deltas", "Coastal dunes", "Mountain lakes", "Desert basins",
                "Peat bogs", "Volcanic islands"};
        String[] verbs = {"retreated", "grew", "shifted", "shrank", "flooded"};
        String[] objects = {"toward the sea", "after heavy storms", "during dry summers", "under new dams",
                "across the plateau", "near old mines", "within protected parks", "along the fault line",
                "below the tree line", "around fishing towns", "beside busy ports"};
        String[] headings = {"1 Introduction", "2 Data", "3 Methods", "4 Results", "5 Conclusion"};
        List<Section> sections = new ArrayList<>();
        int k = 0;
        for (int s = 0; s < headings.length; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                StringBuilder text = new StringBuilder();
                for (int n = 0; n < 4; n++, k++) {
                    text.append(subjects[k % subjects.length]).append(' ').append(verbs[k % verbs.length]).append(' ')
                            .append(objects[k % objects.length]).append(" in ").append(1950 + 3 * k)
                            .append(", as satellite images of the region recorded over ").append(2 + k % 9)
                            .append(" seasons show. ");
                }
                paragraphs.add(text.toString().strip());
            }
            sections.add(section(headings[s], s + 1, paragraphs.toArray(String[]::new)));
        }
        return paper("long-study", "Landforms Seen From Orbit", "", sections);
    }
}
