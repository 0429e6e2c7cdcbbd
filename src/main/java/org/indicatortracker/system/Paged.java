package org.indicatortracker.system;

import java.util.List;

/** One page of a growing list: {@code { items, page, size, total }}. Pages count from 0. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    /** The requested page and size, validated. */
    public record Request(int page, int size) {
        public static Request of(String page, String size) {
            return new Request(Params.integer("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, 0),
                    Params.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
        }
    }
}
