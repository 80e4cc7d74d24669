package no.sammen.family;

/** Set or clear «no relatives or network». */
class NoNetworkForm {

    private boolean noNetwork;
    private Long version;

    static NoNetworkForm of(NetworkMapView map) {
        NoNetworkForm form = new NoNetworkForm();
        form.noNetwork = !map.noNetwork();
        form.version = map.version();
        return form;
    }

    public boolean isNoNetwork() {
        return noNetwork;
    }

    public void setNoNetwork(boolean noNetwork) {
        this.noNetwork = noNetwork;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
