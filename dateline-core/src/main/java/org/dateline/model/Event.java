package org.dateline.model;

import java.util.List;

/**
 * One coded interaction: who did what to whom, when and where, with the text that shows it.
 *
 * @param code        CAMEO 2.0 code, three or four digits
 * @param root        its first two digits
 * @param dateAssumed true when no time expression governs the event and the publication
 *                    date stands in
 * @param evidence    the main evidence span; {@code mentions} holds every span merged into it
 */
public record Event(String code, String root, double goldstein, int quadClass, Plover plover,
                    ActorRef source, ActorRef target, String date, boolean dateAssumed, Place place,
                    String reportedBy, boolean negated, Modality modality, Mention evidence,
                    List<Mention> mentions) {

    /** PLOVER event type and mode that the CAMEO code maps to. */
    public record Plover(String type, String mode) {
    }

    /** Whether the text says the event happened, is intended, is conditional, or is denied. */
    public enum Modality { ASSERTED, INTENDED, HYPOTHETICAL, DENIED }

    public Event {
        mentions = List.copyOf(mentions);
    }

    /** This event with another source. */
    public Event withSource(ActorRef newSource) {
        return new Event(code, root, goldstein, quadClass, plover, newSource, target, date, dateAssumed, place, reportedBy,
                negated, modality, evidence, mentions);
    }

    /** This event with another target. */
    public Event withTarget(ActorRef newTarget) {
        return new Event(code, root, goldstein, quadClass, plover, source, newTarget, date, dateAssumed, place, reportedBy,
                negated, modality, evidence, mentions);
    }

    /** This event on another date. */
    public Event withDate(String newDate, boolean assumed) {
        return new Event(code, root, goldstein, quadClass, plover, source, target, newDate, assumed, place, reportedBy,
                negated, modality, evidence, mentions);
    }

    /** This event with other evidence. */
    public Event withEvidence(Mention newEvidence, List<Mention> allMentions) {
        return new Event(code, root, goldstein, quadClass, plover, source, target, date, dateAssumed, place, reportedBy,
                negated, modality, newEvidence, allMentions);
    }
}
