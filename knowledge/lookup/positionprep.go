package lookup

// Prepositions of position and passage before a common-noun place (part
// of stage 4): besides "in", "at" and "near", English places a thing on a
// surface or line ("on a narrow ledge"), below or beside another ("under
// the bridge", "beneath the ramp", "beside the road"), along or across a
// line ("along the fence"), and marks the path of a movement with
// "through" ("flowed through a storm drain"; Quirk et al. 1985, §9.17-9.27:
// the prepositions of position, relative position and passage). A
// common-noun place after them answers "where" as one after "in" does.

// positionPreps are the prepositions commonPlaceRe reads a place after:
// those of Quirk et al. §9.17-9.27 for position ("in", "at", "on"),
// relative position ("near", "behind", "under", "beneath", "underneath",
// "below", "beside", "inside", "outside") and passage ("through", "along",
// "across").
const positionPreps = `in|at|on|near|outside|inside|behind|under|beneath|underneath|below|beside|through|along|across`
