package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Boxes in parameter units: mapping, bounding, widening and cutting back. */
class BoxTest {

    @Test
    void mapsTheUnitCubeToItsBounds() {
        Box b = new Box(new double[] {0, -2}, new double[] {10, 2});
        assertThat(b.at(new double[] {0.25, 0.5})).containsExactly(2.5, 0.0);
    }

    @Test
    void boundsWidensAndStaysInsideTheFirstBox() {
        Box around = Box.around(List.of(new double[] {2, 5}, new double[] {4, 5}), 0.5);
        assertThat(around).isEqualTo(new Box(new double[] {1, 5}, new double[] {5, 5}));
        assertThat(around.within(new Box(new double[] {1.5, 0}, new double[] {3, 4})))
                .isEqualTo(new Box(new double[] {1.5, 4}, new double[] {3, 4}));
    }

    @Test
    void refusesBoundsTheWrongWayRound() {
        assertThatThrownBy(() -> new Box(new double[] {1}, new double[] {0})).hasMessageContaining("is not at most");
    }
}
