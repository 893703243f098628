package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A flight, train or other leg: it departs in one zone and arrives in another. */
public record TravelLeg(UUID id, TravelMode mode, String from, String to, Moment departure, Moment arrival,
                        String carrier, String bookingReference, List<UUID> travellers) implements Item, Timed {
    public TravelLeg {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(arrival, "arrival");
        from = Lists.text(from);
        to = Lists.text(to);
        carrier = Lists.text(carrier);
        bookingReference = Lists.text(bookingReference);
        travellers = Lists.copy(travellers);
    }

    @Override
    public Moment start() {
        return departure;
    }

    @Override
    public Moment end() {
        return arrival;
    }

    @Override
    public List<UUID> people() {
        return travellers;
    }

    @Override
    public String label() {
        return mode.label() + " " + from + " -> " + to;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.TRAVEL;
    }

    public TravelLeg withMode(TravelMode mode) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withFrom(String from) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withTo(String to) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withDeparture(Moment departure) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withArrival(Moment arrival) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withCarrier(String carrier) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withBookingReference(String bookingReference) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }

    public TravelLeg withTravellers(List<UUID> travellers) {
        return new TravelLeg(id, mode, from, to, departure, arrival, carrier, bookingReference, travellers);
    }
}
