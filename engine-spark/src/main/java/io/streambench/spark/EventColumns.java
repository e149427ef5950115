package io.streambench.spark;

import io.streambench.api.event.ClickEvent;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;

/**
 * The columns of a decoded event as it flows through a query: the event's fields, its event time as a timestamp for
 * Spark's window functions, and where it came from (partition, offset), which orders a key's events for count windows.
 */
public final class EventColumns {
    public static final String SEQUENCE = "sequence";
    public static final String USER = "user";
    public static final String SESSION = "session";
    public static final String PAGE = "page";
    public static final String ACTION = "action";
    public static final String AMOUNT_CENTS = "amountCents";
    public static final String EVENT_TIME = "eventTime";
    public static final String SEND_TIME = "sendTime";
    public static final String EVENT_TIMESTAMP = "eventTimestamp";
    public static final String SOURCE_PARTITION = "sourcePartition";
    public static final String SOURCE_OFFSET = "sourceOffset";
    /** Added by the page-category enrichment. */
    public static final String CATEGORY = "category";

    public static final StructType SCHEMA = new StructType()
            .add(SEQUENCE, DataTypes.LongType, false)
            .add(USER, DataTypes.StringType, false)
            .add(SESSION, DataTypes.StringType, false)
            .add(PAGE, DataTypes.StringType, false)
            .add(ACTION, DataTypes.StringType, false)
            .add(AMOUNT_CENTS, DataTypes.LongType, false)
            .add(EVENT_TIME, DataTypes.LongType, false)
            .add(SEND_TIME, DataTypes.LongType, false)
            .add(EVENT_TIMESTAMP, DataTypes.TimestampType, false)
            .add(SOURCE_PARTITION, DataTypes.IntegerType, false)
            .add(SOURCE_OFFSET, DataTypes.LongType, false);

    private EventColumns() {
    }

    public static Row toRow(ClickEvent event, int partition, long offset) {
        return RowFactory.create(event.sequence(), event.user(), event.session(), event.page(),
                event.action().wireName(), event.amountCents(), event.eventTime(), event.sendTime(),
                new Timestamp(event.eventTime()), partition, offset);
    }
}
