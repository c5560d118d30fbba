package org.dateline.model;

/** A pointer from a quote or event to one of the record's actors. */
public record ActorRef(String actor, String name, String code) {
    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.id(), actor.name(), actor.code());
    }
}
