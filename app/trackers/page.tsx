import { permanentRedirect } from "next/navigation";

// The tracker list lives at the home page; readers who trim /trackers/<slug> land there too.
export default function TrackersIndexPage() {
  permanentRedirect("/");
}
