package io.streambench.flink.sink;

import io.streambench.api.result.EmissionCounter;
import io.streambench.api.result.WindowResult;
import io.streambench.sinks.IcebergResultTable;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.iceberg.flink.FlinkSchemaUtil;

/** A result as a row of the Iceberg results table, in its columns' order, stamped with the emit time. */
record IcebergRows(String jobId) implements MapFunction<WindowResult, RowData> {
    static final TypeInformation<RowData> TYPE = InternalTypeInfo.of(FlinkSchemaUtil.convert(IcebergResultTable.SCHEMA));

    @Override
    public RowData map(WindowResult result) {
        EmissionCounter.add(jobId, 1);
        return GenericRowData.of(StringData.fromString(result.key()), result.windowStart(), result.windowEnd(),
                result.value(), result.maxSendTime(), System.currentTimeMillis());
    }
}
