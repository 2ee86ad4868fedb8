package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The model catalogue: names, defaults equal to NEST 3.9's GetDefaults, recordables. */
class ModelsTest {

    private static String nestDefaults() throws IOException {
        return resource("/golden/nest/nest_model_defaults.json");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ModelsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The scalar entries of one model's block in the JSON (flat, one entry per line). */
    private static String block(String json, String model) {
        int s = json.indexOf("\"" + model + "\": {");
        return json.substring(s, json.indexOf("\n }", s));
    }

    @Test
    void defaultsEqualNestGetDefaults() throws IOException {
        assertThat(compare(nestDefaults(), List.of("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta", "parrot_neuron",
                "dc_generator", "spike_generator", "static_synapse"))).isGreaterThan(30);
    }

    /** The second NEST set (nest_models/defaults.json): every parameter hebb offers has NEST's default. */
    @Test
    void newModelsDefaultsEqualNestGetDefaults() throws IOException {
        assertThat(compare(resource("/nest_models/defaults.json"), NEW_MODELS)).isGreaterThan(10);
    }

    /** The models of issue 17, as they are added. */
    static final List<String> NEW_MODELS = List.of("izhikevich", "tsodyks2_synapse", "tsodyks_synapse", "ac_generator", "noise_generator",
            "iaf_cond_exp", "iaf_cond_alpha", "aeif_cond_alpha");

    /** @return how many defaults were compared */
    private static int compare(String json, List<String> models) {
        int compared = 0;
        for (String model : models) {
            String b = block(json, model);
            for (Map.Entry<String, Object> e : Models.info(model).defaults().entrySet()) {
                if (e.getKey().equals("weight_recorder")) {
                    continue; // hebb's link from a synapse model to its recorder; NEST's is a common property
                }
                Matcher m = Pattern.compile("\"" + Pattern.quote(e.getKey()) + "\": ([^,\\n]+)").matcher(b);
                assertThat(m.find()).as("%s.%s in NEST defaults", model, e.getKey()).isTrue();
                String nest = m.group(1).trim();
                Object ours = e.getValue();
                if (ours instanceof Boolean bool) {
                    assertThat(nest).isEqualTo(bool ? "true" : "false");
                } else if (ours instanceof Number num) {
                    assertThat(num.doubleValue()).as("%s.%s", model, e.getKey()).isEqualTo(Double.parseDouble(nest.replace("Infinity", "Infinity")));
                } else {
                    assertThat(nest).isEqualTo("\"[]\""); // empty arrays
                }
                compared++;
            }
            Matcher rec = Pattern.compile("\"recordables\": \"\\(([^)]*)\\)\"").matcher(b);
            if (Models.info(model).kind() == ModelInfo.Kind.NEURON && rec.find()) { // devices' recordables (dc_generator I) are not offered
                List<String> nestRec = Pattern.compile("'([^']+)'").matcher(rec.group(1)).results().map(r -> r.group(1)).sorted().toList();
                assertThat(Models.info(model).recordables().stream().sorted().toList()).isEqualTo(nestRec);
            }
        }
        return compared;
    }

    @Test
    void catalogueListsEveryModelByKind() {
        assertThat(Models.names(ModelInfo.Kind.NEURON)).containsExactly("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta", "parrot_neuron", "izhikevich",
                "iaf_cond_exp", "iaf_cond_alpha", "aeif_cond_alpha",
                "volume_transmitter");
        assertThat(Models.names(ModelInfo.Kind.STIMULATOR)).containsExactly("dc_generator", "step_current_generator", "spike_generator", "poisson_generator",
                "ac_generator", "noise_generator");
        assertThat(Models.names(ModelInfo.Kind.RECORDER)).containsExactly("multimeter", "spike_recorder", "weight_recorder");
        assertThat(Models.names(ModelInfo.Kind.SYNAPSE)).containsExactly("static_synapse", "stdp_synapse", "stdp_trace_synapse",
                "stdp_dopamine_synapse", "mstdp_synapse", "three_factor_stdp_synapse", "tsodyks2_synapse", "tsodyks_synapse");
        for (String m : Models.names()) {
            if (Models.info(m).kind() != ModelInfo.Kind.SYNAPSE) {
                Network net = new Network();
                NodeCollection c = net.create(m, 2, Map.of());
                assertThat(net.model(c.id(1))).isEqualTo(m);
                assertThat(c.ids()).containsExactly(1, 2);
            }
        }
    }

    /** getStatus of every model lists its defaults and recordables (the Python GetStatus/GetDefaults read it). */
    @Test
    void getStatusOfEveryNodeModel() {
        for (String m : Models.names()) {
            if (Models.info(m).kind() != ModelInfo.Kind.SYNAPSE) {
                Network net = new Network();
                NodeCollection c = net.create(m);
                Map<String, Object> status = net.getStatus(c.id(0));
                assertThat(status).as(m).containsKeys(Models.info(m).defaults().keySet().toArray(String[]::new));
                for (String r : Models.info(m).recordables()) {
                    assertThat(status).as(m).containsKey(r);
                }
                for (Map.Entry<String, Object> e : Models.info(m).defaults().entrySet()) {
                    if (e.getValue() instanceof Double d && !e.getKey().equals("dt")) {
                        assertThat((Double) status.get(e.getKey())).as("%s.%s", m, e.getKey()).isEqualTo(d);
                    }
                }
            }
        }
    }
}
