import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends "key TAB value" lines from standard input to a topic as fast as the producer batches them, then waits for
 * every acknowledgement. Compiled before the clock starts (javac -cp KAFKA_CLASSPATH -d DIR Produce.java), then run as
 * java -cp DIR:KAFKA_CLASSPATH Produce BOOTSTRAP TOPIC < lines
 */
public class Produce {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", args[0]);
        props.put("acks", "all");
        props.put("linger.ms", "10");
        props.put("batch.size", "524288");
        // uncompressed: on one machine compression only moves CPU from the wire to producer, broker and consumer
        props.put("compression.type", "none");
        long count = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 20)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                producer.send(new ProducerRecord<>(args[1], line.substring(0, tab), line.substring(tab + 1)));
                count++;
            }
            producer.flush();
        }
        System.err.println(count + " records sent");
    }
}
