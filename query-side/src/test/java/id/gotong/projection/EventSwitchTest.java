package id.gotong.projection;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.gotong.events.CollaborationAct;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A switch over a sealed hierarchy is built only when it decides every type, once. */
class EventSwitchTest {

    sealed interface Shape permits Round, Angular {
    }

    sealed interface Round extends Shape {
        record Circle(int radius) implements Round {
        }

        record Ellipse(int a, int b) implements Round {
        }
    }

    sealed interface Angular extends Shape {
        record Square(int side) implements Angular {
        }
    }

    /** Anyone may add subtypes: nobody can list them. */
    sealed interface Open permits Closed, Unlisted {
    }

    record Closed() implements Open {
    }

    non-sealed interface Unlisted extends Open {
    }

    @Test
    void aSwitchWithACaseForEveryTypeAnswersFromTheCaseOfTheEventsType() {
        EventSwitch<String, String> named = EventSwitch.<String, String>over("names", Shape.class)
                .on(Round.Circle.class, (prefix, circle) -> prefix + "circle " + circle.radius())
                .on(Round.Ellipse.class, (prefix, ellipse) -> prefix + "ellipse")
                .on(Angular.class, (prefix, angular) -> prefix + "angular")
                .build();

        assertThat(named.apply("a ", new Round.Circle(2))).isEqualTo("a circle 2");
        assertThat(named.apply("an ", new Round.Ellipse(1, 2))).isEqualTo("an ellipse");
        assertThat(named.apply("an ", new Angular.Square(3))).isEqualTo("an angular");
        assertThat(named.handled()).containsExactlyInAnyOrder(Round.Circle.class, Round.Ellipse.class,
                Angular.Square.class);
    }

    @Test
    void aMissingTypeKeepsTheSwitchFromBeingBuiltAndIsNamed() {
        assertThatThrownBy(() -> EventSwitch.<Void, String>over("The shapes' names", Shape.class)
                .on(Round.Circle.class, (none, circle) -> "circle")
                .on(Angular.Square.class, (none, square) -> "square")
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The shapes' names is incomplete: no case for Ellipse");
    }

    @Test
    void aTypeDecidedTwiceOrIgnoredWithoutAReasonKeepsTheSwitchFromBeingBuilt() {
        assertThatThrownBy(() -> EventSwitch.<Void, String>over("names", Shape.class)
                .on(Round.class, (none, round) -> "round")
                .on(Round.Circle.class, (none, circle) -> "circle")
                .on(Angular.class, (none, angular) -> "angular")
                .build())
                .hasMessageContaining("Circle is decided twice");
        assertThatThrownBy(() -> EventSwitch.<Void, String>over("names", Shape.class)
                .on(Round.class, (none, round) -> "round")
                .ignore(Angular.class, " ")
                .build())
                .hasMessageContaining("Angular is ignored without a reason");
    }

    @Test
    void anIgnoredTypeIsNeverSilentlyTakenIn() {
        EventSwitch<Void, String> rounds = EventSwitch.<Void, String>over("The rounds' names", Shape.class)
                .on(Round.class, (none, round) -> "round")
                .ignore(Angular.Square.class, "squares are counted elsewhere")
                .build();

        assertThat(rounds.ignored()).isEqualTo(Map.of(Angular.Square.class, "squares are counted elsewhere"));
        assertThatThrownBy(() -> rounds.apply(null, new Angular.Square(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The rounds' names does not take Square: squares are counted elsewhere");
    }

    @Test
    void aHierarchyWithATypeNobodyCanListIsRefused() {
        assertThatThrownBy(() -> EventSwitch.eventTypes(Open.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unlisted is neither a record nor sealed");
    }

    @Test
    void aTableNeedsAValueForEveryType() {
        assertThat(EventSwitch.table("sides", Shape.class, Map.of(Round.Circle.class, 0, Round.Ellipse.class, 0,
                Angular.Square.class, 4))).containsEntry("Square", 4).hasSize(3);
        assertThatThrownBy(() -> EventSwitch.table("The sides", Shape.class, Map.of(Angular.Square.class, 4)))
                .hasMessage("The sides is incomplete: no case for Circle, Ellipse");
    }

    /** The contract's types as its compiled classes have them, whether or not every family is sealed. */
    @Test
    void theEventTypesOfTheContractAreEveryEventRecordOfTheEventPackage() {
        Set<String> records = new ClassFileImporter().importPackages("id.gotong.events").stream()
                .filter(JavaClass::isRecord)
                .filter(type -> type.isAssignableTo(CollaborationAct.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(records).hasSizeGreaterThan(30);
        assertThat(EventSwitch.eventTypes(CollaborationAct.class)).extracting(Class::getName)
                .containsExactlyInAnyOrderElementsOf(records);
    }
}
