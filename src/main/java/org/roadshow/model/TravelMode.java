package org.roadshow.model;

/** How a travel leg goes. */
public enum TravelMode {
    FLIGHT("Flight"), TRAIN("Train"), BUS("Bus"), CAR("Car"), FERRY("Ferry"), OTHER("Travel");

    private final String label;

    TravelMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
