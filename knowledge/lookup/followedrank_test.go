package lookup

import "testing"

// TestFollowedRank: "Texas drew the most new factories, with nine,
// followed by Georgia and Arizona" ranks Georgia and Arizona next
// (WordNet, follow.v sense 8, "be next"): "which state drew the most"
// names Texas alone, where it listed every state of the sentence; a
// question with no superlative still takes them all.
func TestFollowedRank(t *testing.T) {
	e := engineOf(t, `Solar panel factories spread across the South

ATLANTA (AP) — Companies announced plans for 41 new solar panel factories in the United States last year, a trade group said Tuesday.

Texas drew the most new factories, with nine, followed by Georgia and Arizona with six each, according to the Solar Manufacturers Alliance, a group based in Washington.

The biggest single plant, a $2.3 billion factory near Dalton, Georgia, will employ about 1,800 people when it opens in 2027, said the alliance's president, Carla Nguyen, 53.

"The South is where the land, the power and the workers are," Nguyen said.
`)
	checkOpenings(t, e, []openingCase{
		{"which state drew the most new factories", "Texas.", nil, []string{"Texas, Georgia"}},
		{"what state drew the most factories", "Texas.", nil, []string{"Texas, Georgia"}},
		{"which states drew new factories", "Texas, Georgia", nil, nil},
	})
}
