package lookup

import "testing"

// TestOfNamePlace: "found on the slopes of Volcán Barú" places the find on
// the whole noun phrase, its of-phrase naming what the slopes are of, not
// "on the slopes" alone.
func TestOfNamePlace(t *testing.T) {
	e := engineOf(t, `Botanists find rare white orchid

SAN JOSE, Costa Rica (AP) — Botanists have identified a rare white orchid, the national university said Tuesday.

The orchid, about 4 centimeters tall, was found on the slopes of Volcán Poás at an elevation of about 2,000 meters.

The plant had not been seen in the wild since 1978.
`)
	checkOpenings(t, e, []openingCase{
		{q: "where was the orchid found", first: "On the slopes of Volcán Poás"},
	})
}
