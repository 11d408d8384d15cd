import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends "key TAB value" lines from standard input to a topic as fast as the producer batches them, then waits for
 * every acknowledgement. Compiled before the clock starts (javac -cp KAFKA_CLASSPATH -d DIR Produce.java), then run as
 * java -cp DIR:KAFKA_CLASSPATH Produce BOOTSTRAP TOPIC < lines
 * <p>
 * Lines are cut as bytes and sent as bytes: the load generator shares the machine with what it measures, so it should
 * spend as little CPU as it can.
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
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
                InputStream in = new BufferedInputStream(System.in, 1 << 20)) {
            byte[] line = new byte[1 << 16];
            int length = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != '\n') {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, length * 2);
                    }
                    line[length++] = (byte) b;
                    continue;
                }
                int tab = 0;
                while (line[tab] != '\t') {
                    tab++;
                }
                producer.send(new ProducerRecord<>(args[1], Arrays.copyOfRange(line, 0, tab), Arrays.copyOfRange(line, tab + 1, length)));
                count++;
                length = 0;
            }
            producer.flush();
        }
        System.err.println(count + " records sent");
    }
}
