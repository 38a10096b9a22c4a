package org.sahelsim.gui;

import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The lever bean's properties for MASON's inspector, in the order of
 * {@link LeverSettings#PROPERTIES} (reflection gives no order) and named in the window's
 * language; values, ranges ({@code domX}) and descriptions ({@code desX}) come from the bean.
 */
final class LeverProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient SimpleProperties inner;
    private final transient Texts texts;
    private final int[] order;

    LeverProperties(LeverSettings bean, Texts texts) {
        this.object = bean;
        this.inner = new SimpleProperties(bean);
        this.texts = texts;
        this.order = new int[LeverSettings.PROPERTIES.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = -1;
            for (int j = 0; j < inner.numProperties(); j++) {
                if (inner.getName(j).equals(LeverSettings.PROPERTIES.get(i))) {
                    order[i] = j;
                }
            }
            if (order[i] < 0) {
                throw new IllegalStateException("the lever bean has no property " + LeverSettings.PROPERTIES.get(i));
            }
        }
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return order.length;
    }

    @Override
    public Object getValue(int index) {
        return inner.getValue(order[index]);
    }

    @Override
    public Object getDomain(int index) {
        return inner.getDomain(order[index]);
    }

    @Override
    public String getDescription(int index) {
        return inner.getDescription(order[index]);
    }

    @Override
    public boolean isReadWrite(int index) {
        return inner.isReadWrite(order[index]);
    }

    @Override
    public String getName(int index) {
        return texts.t("lever." + LeverSettings.PROPERTIES.get(index));
    }

    @Override
    public Class getType(int index) {
        return inner.getType(order[index]);
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return inner.setValue(order[index], value);
    }
}
